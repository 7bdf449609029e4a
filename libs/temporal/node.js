// Node's entry of @heze/temporal/node (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/temporal/src/node.js');
