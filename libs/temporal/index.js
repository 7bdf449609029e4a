// Node's entry of @heze/temporal (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/temporal/src/index.js');
