"""Reads a GraphML file with networkx, the way a Python analyst would, and reports what it read.

Usage: python3 networkxGraphml.py IN.graphml OUT.graphml
Prints JSON: networkx's version, and each node's and edge's attributes exactly as networkx
returned them (so a position read as text stays text). Then saves the graph again with
networkx's own writer to OUT.graphml, as a file "saved back from networkx".
"""
import json
import sys

import networkx as nx

graph = nx.read_graphml(sys.argv[1])
print(
    json.dumps(
        {
            "version": nx.__version__,
            "nodes": {node: data for node, data in graph.nodes(data=True)},
            "edges": [{"source": s, "target": t, **data} for s, t, data in graph.edges(data=True)],
        }
    )
)
nx.write_graphml(graph, sys.argv[2])
