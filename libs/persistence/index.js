// Node's entry of @heze/persistence (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/persistence/src/index.js');
