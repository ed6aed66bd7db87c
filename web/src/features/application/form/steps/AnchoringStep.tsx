import { Attachments } from './Attachments.tsx';
import { LongTextField } from './TextStep.tsx';

/** Anchoring: the commitment in words, and the letters of intent that document it. */
export function AnchoringStep() {
  return (
    <div className="form-stack">
      <LongTextField field="anchoring" />
      <Attachments />
    </div>
  );
}
