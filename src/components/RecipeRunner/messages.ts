/** The runner's messages in the reader's language (UI strings, i18n/<locale>/code.json). */
import { translate } from '@docusaurus/Translate';
import type { StepFailure } from '../../recipes/run';
import { failureMessage } from '../Playground/messages';

const shown = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/** Why a step failed, in one sentence. */
export function stepFailureMessage(
  failure: StepFailure,
  context: { url: string; origin: string; timeoutSeconds: number },
): string {
  switch (failure.kind) {
    case 'missing':
      return translate(
        {
          id: 'recipe.runner.failure.missing',
          message: 'This step needs {values}, which the run does not have yet: run the steps before it first.',
        },
        { values: failure.expressions.join(', ') },
      );
    case 'declined':
      return translate({
        id: 'recipe.runner.failure.declined',
        message: 'Not sent: the delete was not confirmed.',
      });
    case 'no-answer':
      return failureMessage({ kind: 'failure', reason: failure.reason, durationMs: 0 }, context);
    case 'criterion':
      if (failure.result.passed) return '';
      if (failure.result.reason === 'not-met')
        return translate(
          {
            id: 'recipe.runner.failure.criterion',
            message: 'The success criterion {condition} is not met (received {actual}).',
          },
          { condition: failure.condition, actual: shown(failure.result.actual) },
        );
      return translate(
        {
          id: 'recipe.runner.failure.invalid',
          message: 'The success criterion {condition} cannot be checked: {message}',
        },
        { condition: failure.condition, message: failure.result.message },
      );
  }
}
