"""Data: the downloads (JSON, CSV, schemas, data package) and the Atom feeds, from the derived site."""
