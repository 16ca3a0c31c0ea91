import * as migration_20261128_204834_initial from './20261128_204834_initial';
import * as migration_20261128_213201_scheduled_publishing from './20261128_213201_scheduled_publishing';

export const migrations = [
  {
    up: migration_20261128_204834_initial.up,
    down: migration_20261128_204834_initial.down,
    name: '20261128_204834_initial',
  },
  {
    up: migration_20261128_213201_scheduled_publishing.up,
    down: migration_20261128_213201_scheduled_publishing.down,
    name: '20261128_213201_scheduled_publishing'
  },
];
