/** Every sentence the playground says about what went wrong (and about the mock's state), translated. */
import { translate } from '@docusaurus/Translate';
import type { BaseUrlProblem } from '../../request/destination';
import type { FailureOutcome } from '../../request/send';
import type { PreflightProblem } from '../../playground/preflight';
import type { SendProblem } from './hooks/useSend';
import type { MockNotice } from './hooks/useMockWorker';

export function baseUrlProblemMessage(problem: BaseUrlProblem): string {
  switch (problem) {
    case 'empty':
      return translate({
        id: 'playground.baseUrl.empty',
        message: 'Enter the URL of your Tianji instance, such as https://tianji.example.com.',
      });
    case 'not-a-url':
      return translate({
        id: 'playground.baseUrl.notUrl',
        message: 'This is not a full URL. Start it with https:// (or http://), such as https://tianji.example.com.',
      });
    case 'protocol':
      return translate({ id: 'playground.baseUrl.protocol', message: 'Only http:// and https:// URLs can be called.' });
    case 'credentials':
      return translate({
        id: 'playground.baseUrl.credentials',
        message: 'Remove the user name and password from the URL; put your API key in the API key field.',
      });
    case 'query':
      return translate({
        id: 'playground.baseUrl.query',
        message: 'Remove the query string or fragment (after ? or #) from the URL.',
      });
  }
}

export function failureMessage(
  failure: FailureOutcome,
  context: { url: string; origin: string; timeoutSeconds: number },
): string {
  switch (failure.reason) {
    case 'timeout':
      return translate(
        {
          id: 'playground.failure.timeout',
          message:
            'No answer after {seconds} s, so the request was stopped. The instance may be down or slow; you can raise the timeout.',
        },
        { seconds: context.timeoutSeconds },
      );
    case 'aborted':
      return translate({ id: 'playground.failure.aborted', message: 'Request cancelled.' });
    case 'cors':
      return translate(
        {
          id: 'playground.failure.cors',
          message:
            'The server answered, but the browser blocked the response because of CORS. The instance must allow requests from {origin}: it has to send Access-Control-Allow-Origin, and allow the Authorization and Content-Type headers. cURL and the other snippets are not affected.',
        },
        { origin: context.origin },
      );
    case 'network':
      return translate(
        {
          id: 'playground.failure.network',
          message:
            'The request could not reach {url}. Check the base URL, that the instance is running, and your network connection.',
        },
        { url: context.url },
      );
  }
}

export function mockStartFailedMessage(): string {
  return translate({
    id: 'playground.failure.mockStart',
    message:
      'The mock could not start in this browser (service workers are unavailable, for example in private windows or on plain http). Choose Instance to call a real server.',
  });
}

/** Why the playground did not send, in one sentence: a problem found before sending, or a mock that did not start. */
export function sendProblemMessage(problem: SendProblem): string {
  return problem.kind === 'mock-start' ? mockStartFailedMessage() : preflightMessage(problem);
}

export function preflightMessage(problem: PreflightProblem): string {
  switch (problem.kind) {
    case 'missing-required':
      return translate(
        { id: 'playground.missing', message: 'Fill in the required parameters: {names}.' },
        { names: problem.names.join(', ') },
      );
    case 'dot-segment':
      return translate(
        {
          id: 'playground.dotSegment',
          message: 'A path parameter cannot be "." or "..": the URL would point to another path ({names}).',
        },
        { names: problem.names.join(', ') },
      );
    case 'invalid-json':
      return translate({
        id: 'playground.body.invalidJson',
        message: 'The body is not valid JSON; fix it before sending.',
      });
    case 'base-url':
      return baseUrlProblemMessage(problem.problem);
    case 'param-schema':
      return translate(
        {
          id: 'playground.paramSchema',
          message:
            'These values do not match the documentation: {names}. Correct them, or send anyway to see what the server says.',
        },
        { names: problem.names.join(', ') },
      );
    case 'no-key':
      return translate(
        {
          id: 'playground.noKey',
          message:
            'No API key is set for {origin}, and this operation needs one: the server will answer 401. Enter your key above, or send anyway.',
        },
        { origin: problem.origin },
      );
    case 'example-values':
      return translate(
        {
          id: 'playground.exampleValues',
          message:
            "{names} still hold the documentation's example value, which is unlikely to exist on your instance. Enter your own, or send anyway.",
        },
        { names: problem.names.join(', ') },
      );
    case 'not-on-instance':
      return problem.version
        ? translate(
            {
              id: 'playground.notOnInstance',
              message:
                'Your instance runs {version}, which does not have this operation: it will most likely answer 404. Send anyway?',
            },
            { version: problem.version },
          )
        : translate({
            id: 'playground.notOnInstance.noVersion',
            message: 'Your instance does not have this operation: it will most likely answer 404. Send anyway?',
          });
    case 'destructive':
      return translate(
        {
          id: 'playground.destructive',
          message: 'This request deletes data on {origin}: {method} {url}. It cannot be undone. Confirm to send it.',
        },
        { origin: problem.origin, method: problem.method, url: problem.url },
      );
  }
}

export function mockNoticeMessage(notice: MockNotice): string {
  return notice === 'reset'
    ? translate({ id: 'playground.mock.resetDone', message: 'Mock data reset: everything you created is gone.' })
    : mockStartFailedMessage();
}
