// Node's entry of @heze/rules (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/rules/src/index.js');
