"""Turning input into one lxml tree: decoding, parsing, and text helpers over the tree."""
