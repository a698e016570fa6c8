"""Whether a trigger is stated as fact: the `status` of a commitment.

Only `asserted` commitments are commitments in the sense of the guidelines; the others are kept so that an
analyst can see refusals, requests and plans, and are told apart by cue words in the trigger's clause:
- negated: "nicht", "kein", "nie", "kaum", a refusal verb ("lehnt … ab", "verweigert", "weist … zurück");
- requested: "bittet um", "fordert", "verlangt", "appelliert";
- considered: "erwägt", "prüft", "in Erwägung ziehen", "verhandelt";
- hypothetical: Konjunktiv II ("würde", "wäre", "hätte", "könnte"), "können", conditionals ("wenn", "falls",
  "ob"), hedges ("vielleicht"), allegations ("wirft … vor, … zu gewähren");
- planned: "will", "soll", "plant", "beabsichtigt", present-tense "muss", an obligation ("hat … zu bezahlen"),
  a purpose ("um … zu unterzeichnen").
Konjunktiv I ("habe … zugesagt", "werde") is reported speech and stays asserted. An infinitive or a
`dass`/`ob` clause also takes the cue verbs of the clause it depends on ("weigert sich, … zu zahlen"), and a
clause after a conditional one is hypothetical ("Wenn …, zahlt Kanada").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.commitments.words import words

STATUSES = ("asserted", "negated", "requested", "considered", "hypothetical", "planned")

NEGATIONS = words("nicht nie niemals kein keine keinen keinem keiner keines keinerlei weder nichts niemand "
                  "niemandem niemanden keineswegs keinesfalls kaum")
NOT_NEGATING_NEXT = words("nur zuletzt weniger minder selten umsonst")  # "nicht nur", "nicht weniger als"
# Cue verbs by lemma; a separable one as "particle|verb", found split ("lehnte … ab") or joined ("abgelehnt").
CUE_VERBS = {
    "negated": words("ab|lehnen verweigern weigern zurück|weisen dementieren bestreiten zurück|ziehen stoppen "
                     "blockieren"),
    "requested": words("bitten fordern verlangen auf|fordern appellieren drängen ersuchen beantragen hoffen "
                       "wünschen pochen"),
    "considered": words("erwägen überlegen prüfen nach|denken diskutieren beraten verhandeln sondieren"),
    "hypothetical": words("können vor|werfen beschuldigen verdächtigen"),
    "planned": words("wollen sollen planen beabsichtigen vor|haben"),
}
# Present-tense "müssen" is an obligation still to be met ("muss … genehmigen"); "musste zahlen" happened.
CUE_WORDS = {
    "considered": words("erwägung"),
    "planned": words("muss musst müssen müsst"),
    "hypothetical": words("würde würden würdest würdet wäre wären wärst hätte hätten hättest könnte könnten "
                          "müsste müssten dürfte dürften sollte sollten möchte möchten vielleicht möglicherweise "
                          "eventuell"),
}
CONDITIONALS = words("wenn falls sofern ob")
PURPOSES = words("um damit")  # "um … zu unterzeichnen": a purpose, not a deed
DEPENDENT_OPENERS = words("dass daß ob")
ORDER = ("negated", "requested", "considered", "hypothetical", "planned")


def _verb_cue(tokens: list[Token], cue: str) -> bool:
    lowered = [t.lower_ for t in tokens]
    for entry in CUE_VERBS[cue]:
        particle, _, verb = entry.rpartition("|")
        for n, token in enumerate(tokens):
            if token.lemma_ == particle + verb or (particle and token.lower_.startswith(particle)
                                                    and token.lemma_.endswith(verb)):
                return True
            if token.lemma_ == verb and (not particle or particle in lowered[n + 1 :]):
                return True
    return False


def _negated(tokens: list[Token]) -> bool:
    for n, token in enumerate(tokens):
        following = tokens[n + 1].lower_ if n + 1 < len(tokens) else ""
        if token.lower_ in NEGATIONS and following not in NOT_NEGATING_NEXT:
            return True
    return False


def _cues(tokens: list[Token], governing: bool) -> list[str]:
    """Cues among `tokens`; of a governing clause only verbs and negation ("Es ist keineswegs so, dass …")."""
    found = [cue for cue in CUE_VERBS if _verb_cue(tokens, cue)]
    if _negated(tokens):
        found.append("negated")
    if not governing:
        found += [cue for cue, cue_words in CUE_WORDS.items() if any(t.lower_ in cue_words for t in tokens)]
    return found


def is_request(tokens: list[Token]) -> bool:
    """The tokens hold a request verb ("bittet", "fordert … auf")."""
    return _verb_cue(tokens, "requested")


def status(trigger: Token, clause: Span, governing: Span | None, zu_form: bool = False,
           infinitive: bool = False) -> str:
    """The commitment's status from the cues around its trigger (see the module docstring). `zu_form`: the
    trigger is a zu-infinitive; `infinitive`: in a clause of its own, which leans on its governing clause like
    a `dass` clause does; else it states an obligation ("hat … zu bezahlen")."""
    tokens = [t for t in clause if t.i != trigger.i]
    cues = _cues(tokens, governing=False)
    first = next((t for t in clause if t.is_alpha), None)
    if (zu_form and not infinitive) or (first is not None and first.lower_ in PURPOSES):
        cues.append("planned")
    if governing is not None:
        opener = next((t for t in governing if t.is_alpha), None)
        if opener is not None and opener.lower_ in CONDITIONALS:
            cues.append("hypothetical")
        if infinitive or (first is not None and first.lower_ in DEPENDENT_OPENERS):
            cues += _cues(list(governing), governing=True)
    return next((cue for cue in ORDER if cue in cues), "asserted")
