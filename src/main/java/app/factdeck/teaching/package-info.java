/**
 * The teacher's home ("/" for teachers and admins): their classes at a glance with this week's activity, every
 * article with its question bank's review queues, and the way to import and export. Reads what accounts/,
 * quizzes/ and authoring/ store; changes nothing.
 */
package app.factdeck.teaching;
