-- AlterTable
ALTER TABLE "Statement" ADD COLUMN "speakerNamedEnd" INTEGER;
ALTER TABLE "Statement" ADD COLUMN "speakerNamedStart" INTEGER;
