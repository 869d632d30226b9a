"""The domain, without Qt: catalogue, ledger, visitors, station, statistics."""
