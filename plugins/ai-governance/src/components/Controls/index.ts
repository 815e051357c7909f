export { ControlsView } from './ControlsView';
