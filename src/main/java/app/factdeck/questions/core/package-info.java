/**
 * What every question type shares, and nothing that names a type: the {@link app.factdeck.questions.core.Question}
 * interface and its common parts, {@link app.factdeck.questions.core.QuestionKind} (a type's form, checks and
 * Moodle mapping), responses and grades, Moodle's grade list, the draft a teacher types, typed-answer matching,
 * and the exchange form {@link app.factdeck.questions.core.MoodleQuestion}. The types ({@code questions.types.*})
 * build on it; the registry, generator and gates ({@code questions}) build on both, so no package cycle runs
 * through the family (ArchitectureTest).
 */
package app.factdeck.questions.core;
