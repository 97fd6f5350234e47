-- The delete confirmation counts the quiz attempts that asked a teacher's question (every version, "a/12/…"):
-- with this index that is a short range scan instead of a pass over every attempt's questions.
CREATE INDEX attempt_question_by_question ON attempt_question (question_id);
