// Mark a fact (articles/fact-form.html), progressive: select words in the sentence and press "Use the selected
// words" to put them in Answer words (for "Which ones", each selection adds a line). Without JavaScript the teacher
// types or copies the words; nothing here is needed to save a fact.
(function () {
  'use strict';
  var sentence = document.getElementById('fact-sentence');
  var answer = document.getElementById('f-answerWords');
  if (!sentence || !answer || !window.getSelection) {
    return;
  }
  var wrap = document.createElement('p');
  wrap.className = 'pick-words';
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--small button--quiet';
  button.id = 'use-selection';
  button.textContent = 'Use the selected words as the answer';
  var status = document.createElement('span');
  status.className = 'meta pick-words__status';
  status.setAttribute('role', 'status');
  status.textContent = 'Select the answer in the sentence above, then press the button.';
  wrap.appendChild(button);
  wrap.appendChild(status);
  sentence.parentNode.insertBefore(wrap, sentence.nextSibling);

  // The last selection inside the sentence: pressing the button can clear the selection on some phones.
  var picked = '';
  document.addEventListener('selectionchange', function () {
    var s = window.getSelection();
    if (s.rangeCount > 0 && sentence.contains(s.getRangeAt(0).commonAncestorContainer)) {
      picked = s.toString().replace(/\s+/g, ' ').trim();
    }
  });

  button.addEventListener('click', function () {
    if (!picked) {
      status.textContent = 'Nothing is selected in the sentence yet: select the answer words first.';
      return;
    }
    var list = document.getElementById('k-which');
    if (list && list.checked && answer.value.trim() !== '') {
      answer.value = answer.value.replace(/\s+$/, '') + '\n' + picked;
    } else {
      answer.value = picked;
    }
    status.textContent = 'Answer words: ' + answer.value.split('\n').join(', ') + '.';
    picked = '';
  });
}());
