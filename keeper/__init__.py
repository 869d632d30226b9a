"""keeper (驿站管家): the offline ledger of a service station for gig workers."""

__version__ = "0.1.0"
