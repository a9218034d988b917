"""Benchmarks: zendesk-async against raw httpx, zenpy and python-zendesk on a loopback fake.

Run `python -m bench.run [--smoke] [--only P1,P2] [--json out.json]`; see bench/README.md.
"""
