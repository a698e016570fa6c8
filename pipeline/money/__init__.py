"""Money amounts in German text: numerals, currencies and qualifiers read without spaCy.

`pipeline.money.amount.parse_money` turns the words of an amount ("rund 2 Milliarden Dollar") into a
`Money` value; the spaCy component in `pipeline.components.money` finds those words in a `Doc`.
"""
