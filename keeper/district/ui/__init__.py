"""The district window (keeper district): the stations × months grid, receiving by drag and
drop, a station's page, the month report. The station's keeper.ui never imports it."""
