"""The district office's side of keeper (DESIGN §3 "The district")."""
