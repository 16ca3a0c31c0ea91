import * as migration_20261128_204834_initial from './20261128_204834_initial';

export const migrations = [
  {
    up: migration_20261128_204834_initial.up,
    down: migration_20261128_204834_initial.down,
    name: '20261128_204834_initial'
  },
];
