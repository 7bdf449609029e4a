// Node's entry of @heze/audit (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/audit/src/index.js');
