# The citation grammar: one citation of statute provisions, e.g.
#   《中华人民共和国网络安全法》（2016年11月7日通过）第二十二条第一款、第二款和第四十八条第一款
#   本法第四十一条至四十三条        第十、十八、二十六、二十七条        第四十条第(三)、(四)项
#
# It reads the tokens of grammar/lexer.ts (whitespace already dropped) and builds a small
# syntax tree; src/cite/refs.ts turns numerals into numbers and expands lists and ranges.
# The grammar is unambiguous: every accepted token sequence has exactly one parse
# (test/grammar.test.ts checks this on every seed citation and on generated ones).
# Lists are left-recursive cons cells so a 10,000-element list parses in linear time.

@preprocessor typescript
@{%
import { tokenFeed } from './lexer.js';
const cons = (prev: unknown, last: unknown) => ({ prev, last });
const first = (d: any[]) => cons(null, d[0]);
const append = (d: any[]) => cons(d[0], d[2]);
%}
@lexer tokenFeed

cite ->
    %lawTitle noise:? artSeq:?   {% d => ({ kind: 'titled', title: d[0], noise: d[1], refs: d[2] }) %}
  | %bareTitle artSeq            {% d => ({ kind: 'titled', title: d[0], noise: null, refs: d[1] }) %}
  | %rel artSeq                  {% d => ({ kind: 'relLaw', rel: d[0], refs: d[1] }) %}
  | %relunit subSeq:?            {% d => ({ kind: 'relUnit', unit: d[0], sub: d[1] }) %}
  | artSeq                       {% d => ({ kind: 'bare', refs: d[0] }) %}
  | subSeq                       {% d => ({ kind: 'bareSub', sub: d[0] }) %}

# Notes between a title and its articles: dates, document numbers, rank tags.
noise -> noiseItem               {% first %}
       | noise noiseItem         {% d => cons(d[0], d[1]) %}
noiseItem -> %group {% id %} | %rank {% id %} | %unclosed {% id %}

joiner -> %sep {% id %} | %conj {% id %}

# Articles (条): 第八条、第五十条  第四十一条至第四十三条  第十、十八条  第二百八十六条之一
artSeq -> artTerm                {% first %}
        | artSeq joiner artTerm  {% append %}
artTerm -> artUnit subSeq:?      {% d => ({ unit: d[0], to: null, sub: d[1] }) %}
         | artUnit %range artUnit {% d => ({ unit: d[0], to: d[2], sub: null }) %}
artUnit -> %di:? nums %tiao suffix:? {% d => ({ nums: d[1], suffix: d[3] }) %}
suffix -> %zhi %num              {% d => d[1] %}

# Paragraphs (款) and items (项) under an article, or on their own (relative to it).
subSeq -> paraSeq                {% d => ({ paras: d[0], items: null }) %}
        | itemSeq                {% d => ({ paras: null, items: d[0] }) %}
paraSeq -> paraTerm              {% first %}
         | paraSeq joiner paraTerm {% append %}
paraTerm -> paraUnit itemSeq:?   {% d => ({ unit: d[0], to: null, items: d[1] }) %}
          | paraUnit %range paraUnit {% d => ({ unit: d[0], to: d[2], items: null }) %}
paraUnit -> %di:? nums %kuan     {% d => ({ nums: d[1] }) %}
itemSeq -> itemTerm              {% first %}
         | itemSeq joiner itemTerm {% append %}
itemTerm -> itemUnit             {% d => ({ unit: d[0], to: null }) %}
          | itemUnit %range itemUnit {% d => ({ unit: d[0], to: d[2] }) %}
itemUnit -> %di:? nums %xiang    {% d => ({ nums: d[1] }) %}
          | %di:? pnums %xiang   {% d => ({ nums: d[1] }) %}

# Numbers: one, a list sharing one unit word (第十、十八条), or a range (第四十一至四十三条).
nums -> numList                  {% d => ({ list: d[0], from: null, to: null }) %}
      | %num %range %di:? %num   {% d => ({ list: null, from: d[0], to: d[3] }) %}
numList -> %num                  {% first %}
         | numList %sep %num     {% append %}
pnums -> pnumList                {% d => ({ list: d[0], from: null, to: null }) %}
       | %pnum %range %di:? %pnum {% d => ({ list: null, from: d[0], to: d[3] }) %}
pnumList -> %pnum                {% first %}
          | pnumList %sep %pnum  {% append %}
