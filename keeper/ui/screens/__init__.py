"""One module per screen. The navigation's order and names live in ``registry``."""
