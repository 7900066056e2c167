"""Data files of the events stage (lexicon, code tables, gazetteer)."""
