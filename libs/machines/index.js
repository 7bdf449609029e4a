// Node's entry of @heze/machines (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/machines/src/index.js');
