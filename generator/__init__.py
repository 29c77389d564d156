"""Turn the records under content/ into the pages, downloads and feeds of the site.

A folder or module per stage, in the order README draws (tests/test_imports.py holds every import to it):
load/ -> check/ -> model -> derive -> data/ and pages/ -> render -> write, called top to bottom by build,
fronted by cli. Addresses, words and citations (addresses, labels, marks, citations) are shared by the stages
after them.
"""
