"""Pages: the page registry and one view module per page type, so templates only format."""
