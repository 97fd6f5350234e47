/**
 * Proposing an article's facts: Factdeck reads a cleaned article (tokens, part-of-speech tags and lemmas from
 * OpenNLP's English models; names from the library, the country gazetteer and a title/role lexicon; dates, amounts,
 * lists, quotations and negation by rules) and proposes facts a teacher confirms, edits or rejects. A proposal is a
 * {@link app.factdeck.articles.MarkedFact} like one a teacher marks by hand, so the same checks and quality gates
 * stand between it and a student.
 */
package app.factdeck.proposals;
