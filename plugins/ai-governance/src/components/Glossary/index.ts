export { GlossaryButton } from './GlossaryButton';
export { GlossaryDialog } from './GlossaryDialog';
