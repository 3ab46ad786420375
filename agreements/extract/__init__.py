from kzrel.pipeline.registry import Extractor

EXTRACTORS = []
