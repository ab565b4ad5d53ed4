"""Fax: the T.4 page codec, and (to come with issue 5) modem drivers, the queue and receiving."""
