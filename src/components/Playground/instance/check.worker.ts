/** The instance check in a dedicated worker: takes one CheckRequest, answers with the (small) InstanceCheck, or null. */
import { checkWithHistory, type CheckRequest } from './checker';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  checkWithHistory(event.data).then(
    (result) => self.postMessage(result),
    () => self.postMessage(null),
  );
};
