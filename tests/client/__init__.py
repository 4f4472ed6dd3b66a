"""The clients and their core: wire format, errors, retries, pools, results, resources, types, imports."""
