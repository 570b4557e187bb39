// Words that carry no intent. Dropped from matching (both sides) so "I need to cancel my order"
// and "cancel order" score alike (want/need are request fillers in customer-service messages). Negations (not, no, never) and question words (where, how, why)
// are kept on purpose: "not received" and "where is" change what the buyer is asking.

export const EN_STOP: ReadonlySet<string> = new Set(
  `a an the and or but if then so than too very just also
  i me my mine myself we us our ours you your yours he him his she her it its they them their
  this that these those there here
  am is are was were be been being do does did doing done have has had having
  to of in on at by for with from into onto about as up out off over
  can could would should will shall may might must
  please pls plz thanks thank hi hello hey dear sir madam ok okay
  im ive ill youre ca wo
  want wanna need`
    .split(/\s+/)
    .filter(Boolean),
);

// Chinese particles and fillers that are their own word. Only single characters are listed: they are
// dropped as unigrams, but still take part in bigrams (so "没有了" and "有了吗" keep their shape).
export const ZH_STOP_CHARS: ReadonlySet<string> = new Set(Array.from('的了吗呢啊吧呀哦哈嘛么啦哇喔噢嗯哎唉呗'));
