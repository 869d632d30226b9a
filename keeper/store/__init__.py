"""The store: peewee models over one SQLite file, with numbered migrations."""
