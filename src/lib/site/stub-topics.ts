/**
 * Stand-in for `src/lib/topics` and `src/lib/related` until `src/lib/corpus.ts` lands; deleted at switch-over.
 */
import type { Paper } from "../../schema/paper";

interface StubTopic {
  slug: string;
  name: string;
  description: string;
  pattern: RegExp;
}

export const stubTopics: StubTopic[] = [
  { slug: "mixture-of-experts", name: "Mixture of experts", description: "Sparse expert routing for large models.", pattern: /mixture[- ]of[- ]experts|\bmoe\b/i },
  { slug: "quantization", name: "Quantization", description: "Low-bit weights and activations.", pattern: /quantiz/i },
  { slug: "graph-neural-networks", name: "Graph neural networks", description: "Learning on graphs.", pattern: /graph neural|\bgnns?\b/i },
  { slug: "distributed-training", name: "Distributed training", description: "Training across many devices.", pattern: /distributed|parallelism/i },
  { slug: "llm-inference", name: "LLM inference and serving", description: "Serving large language models fast and cheaply.", pattern: /inference|serving/i },
  { slug: "transformers", name: "Transformer architectures", description: "Attention and feed-forward designs.", pattern: /transformer|attention/i },
  { slug: "other", name: "Other", description: "Papers no topic rule matched.", pattern: /$^/ },
];

export function stubAssign(paper: Paper): string[] {
  const text = `${paper.title} ${paper.abstract}`;
  const matched = stubTopics.filter((topic) => topic.pattern.test(text)).map((topic) => topic.slug);
  return matched.length > 0 ? matched.slice(0, 4) : ["other"];
}
