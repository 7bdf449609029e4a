// Node's entry of @heze/temporal/inbox (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/temporal/src/inbox-sections.js');
