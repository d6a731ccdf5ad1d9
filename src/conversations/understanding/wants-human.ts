import { type Message, negatedBefore } from './text.js';

const PERSON = String.raw`(?:(?:a|an|the|your|some|one of your)\s+)?(?:real\s+|actual\s+|live\s+|licensed\s+|human\s+)?(?:person|human|humans|agent|realtor|broker|someone|somebody|rep|representative|manager|people|team member|listing agent|buyer'?s? agent|being)`;

/** Asking for a person: "can I talk to a real person", "have the agent call me", "human please". */
const REQUESTS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:talk|speak|chat)(?:ing)?(?:\s+on\s+the\s+phone)?\s+(?:to|with)\s+${PERSON}\b`),
  new RegExp(
    String.raw`\b(?:can|could|would|will)\s+${PERSON}\s+(?:call|text|contact|reach|get back|help|give)\b`,
  ),
  // "Who's the agent? I want to talk to them directly"
  /\b(?:talk|speak|deal)(?:ing)?\s+(?:to|with)\s+(?:them|him|her|you|the\s+agent)\s+directly\b/,
  // "who's your realtor? we'd like to speak with her": the person named first, then asked for
  /(?<=\b(?:agent|realtor|broker|person|human)\b.{0,60})\b(?:like|want|need|love)\s+to\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?:them|him|her)\b/,
  // "need a human pls", "want a real person": the request opening its sentence, subject left out
  /(?:^|[.!?,]\s*)(?:need|want)\s+(?:a|an|to talk to a|to speak to a)\s+(?:real\s+|actual\s+|live\s+)?(?:human|person)\b(?!\s+(?:who|that|to)\b)/,
  /\bhave\s+(?:the\s+|your\s+|an?\s+)?(?:(?:real\s+|actual\s+|live\s+)?(?:human|person)|agent|realtor|broker|someone|somebody|him|her|them)\s+(?:call|text|contact|reach out|email|get in touch|give me a call|ring|phone)\b/,
  // "have sarah call me tmrw": a person named in lower case, asked to call
  /(?:^|[.!?,]\s*|\b(?:please|pls|plz|can\s+you|could\s+you|just)\s+)have\s+(?!(?:it|that|this|you|u|we|i|kids)\b)[a-z]{3,}\s+(?:call|text|reach out to|give)\s+(?:me|us)\b/,
  /\b(?:can|could|would|will)\s+(?:someone|somebody|a person|a human|an agent|the agent|a realtor|your agent|a real person|an actual person)\s+(?:call|text|contact|reach|get|help|give)\b/,
  /^\W*(?:a\s+)?(?:human|real person|live person|actual person|agent|representative|operator|real human)\s*(?:please|pls|plz)?\W*$/,
  /\b(?:put me in touch with|connect me (?:with|to)|transfer me to|get me (?:to\s+)?(?:a|an) (?:agent|person|human|realtor))\b/,
  /\bis there (?:someone|somebody|anyone|anybody|a (?:real |live |actual )?(?:person|human))\b.{0,40}\b(?:talk|speak|call|chat)\b/,
  /\b(?:i|we)\s*(?:want|need|would like|'d like|d like|prefer|rather)\s+(?:a|an)\s+(?:real|actual|live)\s+(?:person|human)\b/,
  // Spanish: "quiero hablar con un agente", "que me llame una persona", "¿me puede llamar alguien?"
  /(?<![\p{L}])(?:hablar|platicar|comunicarme|comunicarnos)\s+con\s+(?:(?:un|una|el|la|alg[úu]n|alguna|su|tu)\s+)?(?:agente|persona|humano|alguien|asesora?|corredora?|realtor|representante|vendedora?)(?![\p{L}])/u,
  /(?<![\p{L}])(?:que\s+me\s+llame|me\s+puede\s+llamar|me\s+pueden\s+llamar|ll[áa]me(?:me)?|ll[áa]menme)\s+(?:(?:un|una|el|la|su)\s+)?(?:agente|persona|alguien|asesora?|corredora?)(?![\p{L}])/u,
  /^\W*(?:una?\s+)?(?:agente|persona\s+real|humano)\s*(?:por\s+favor)?\W*$/u,
  // A call asked for is a person asked for: "call me at 6", "give me a ring", "pls call", "llámame"
  /\b(?:call|ring|phone)\s+me(?=\s*(?:$|[.,!?]|at\b|in\b|back\b|tomorrow|today|tonight|now|asap|when\b|after\b|before\b|on\b|this\b|around\b|between\b|please|pls|plz|later|first|instead|\d))/,
  /\bgive\s+(?:me|us)\s+a\s+(?:call|ring|buzz)\b|\b(?:pls|please|plz|can you|could you|just)\s+call(?=\s*(?:$|[.,!?]|me\b|us\b))/,
  /\b(?:talk|speak|chat)\w*\s+(?:on|over)\s+the\s+phone\b/,
  /\b(?:i|we)\s*(?:want|need|would like|'d like|d like|prefer)\s+(?:a|an|to talk to a|to speak to a)\s+(?:human|person|real person|agent|realtor)\b|\bnot\s+(?:a|the)\s+(?:bot|robot)\b/,
  /(?<![\p{L}])(?:ll[áa]m(?:ame|eme|enme|anos|enos)|m[áa]rcame|(?:me|nos)\s+(?:puedes?|pueden|podr[íi]as?)\s+llamar)(?![\p{L}])/u,
];
/** A request naming someone, by capital letter: "I'd rather speak with Jessica", "have Mark give me a call". */
const NAMED: readonly RegExp[] = [
  /\b(?:talk|speak|chat)(?:ing)?\s+(?:to|with)\s+([A-Z][a-z]+)\b/g,
  /\bhave\s+([A-Z][a-z]+)\s+(?:call|text|contact|reach out|email|give me a call|get in touch)\b/g,
  /\bis\s+([A-Z][a-z]+)\s+(?:available|around|free|there|in the office|in today)\b/g,
];
const NOT_NAMES = new Set([
  'You',
  'Me',
  'Us',
  'Him',
  'Her',
  'Them',
  'My',
  'Our',
  'Your',
  'The',
  'Someone',
  'It',
  'This',
  'That',
  'There',
  'He',
  'She',
]);

export function extractWantsHuman(message: Message): boolean {
  const text = message.masked;
  for (const pattern of REQUESTS) {
    const m = pattern.exec(text);
    if (m && !negatedBefore(text, m.index, 4)) return true;
  }
  for (const pattern of NAMED) {
    for (const m of message.source.matchAll(pattern)) {
      if (!NOT_NAMES.has(m[1] ?? '') && !negatedBefore(text, m.index, 4)) return true;
    }
  }
  return false;
}
