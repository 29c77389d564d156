"""Check: validate the loaded records into the typed model and run the rules; every problem is a value."""
