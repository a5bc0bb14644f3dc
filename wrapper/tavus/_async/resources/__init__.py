"""The resources of the client, one module each, named after the API."""
