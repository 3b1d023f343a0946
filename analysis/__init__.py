"""Analysis package of the Daegu SSE case-study book.

One module per concern: :mod:`analysis.data` (loading and validation), :mod:`analysis.ecosystem`
(ecosystem statistics), :mod:`analysis.roster` (interview roster), :mod:`analysis.case` (events
and stated figures), :mod:`analysis.governance` (evidence coded to Ansell & Gash's model),
:mod:`analysis.sdg` (the SDG pathway network), :mod:`analysis.plotting` (every figure's style)
and :mod:`analysis.book` (gluing results into the chapters).
"""
__version__ = "1.0.0"
