"""The district office's side (DESIGN §3 "The district"): its store, register, receiving,
status, checks and approvals. The station side never imports it."""
