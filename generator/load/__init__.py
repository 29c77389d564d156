"""Load: read every file under content/ (YAML records, held documents' text) with the line and column of every value."""
