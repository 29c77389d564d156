"""Turn the records under content/ into the Markdown pages of the site.

The pipeline, one module per stage: load -> validate -> (model) -> derive ->
pages -> render -> write, called top to bottom by build, fronted by cli.
"""
