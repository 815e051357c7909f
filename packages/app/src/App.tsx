import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { catalogGraphModule } from './modules/catalogGraph';
import { catalogModule } from './modules/catalog';
import { titlesModule } from './modules/titles';

export default createApp({
  features: [
    catalogPlugin,
    catalogModule,
    navModule,
    homeModule,
    catalogGraphModule,
    titlesModule,
  ],
});
