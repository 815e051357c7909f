export { EntityTasksView } from './EntityTasksView';
export { MyTasksCard, MyTasksContent } from './MyTasksCard';
export { MyTasksPage } from './MyTasksPage';
