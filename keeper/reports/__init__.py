"""Month report writers: Excel, PDF and the district bundle (no widgets)."""
